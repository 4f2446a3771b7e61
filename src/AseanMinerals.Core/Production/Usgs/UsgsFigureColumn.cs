namespace AseanMinerals.Core.Production.Usgs;

/// <summary>A figure column of a USGS file, read from its name: <c>Prod_kt_est_2023</c> is production, thousand metric tons, an estimate for 2023.</summary>
internal sealed record UsgsFigureColumn(int Index, string Name, ProductionFigureKind Kind, int? Year, bool Estimated, ProductionUnit? Unit, string? Extra);
