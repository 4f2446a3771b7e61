namespace AseanMinerals.Core.DataPackages;

/// <summary>Where the data of a package came from, or under which licence it may be used: a title and, where known, a path or URL.</summary>
/// <param name="Title">The title: "UN Comtrade+", or a licence's name such as "CC-BY-4.0".</param>
/// <param name="Path">A URL or file path, where known.</param>
public sealed record TradeDataPackageSource(string Title, string? Path = null);
