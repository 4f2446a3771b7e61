namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// What a figure asked for, in rows (<see cref="Query"/>, before any member is left out) and in words (the names the
/// absence sentences and the result use): what <see cref="SharePlanner.Unknowable"/> needs to say why the data cannot tell it.
/// </summary>
internal readonly record struct AskedFigure(CellQuery Query, bool PartnerGroup, string Reporters, string Measure, string Commodities, string Partners);
