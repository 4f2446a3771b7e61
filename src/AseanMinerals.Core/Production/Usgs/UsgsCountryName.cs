namespace AseanMinerals.Core.Production.Usgs;

/// <summary>A USGS area name taken apart: the role, the area code for a country, the name cleaned, a qualifier and an estimate mark.</summary>
/// <param name="Role">Country, world total, other countries, or unmapped.</param>
/// <param name="Area">The area code of a country; the World (000) otherwise.</param>
/// <param name="Name">The name without footnote digits, estimate mark, qualifier or stray spaces.</param>
/// <param name="Qualifier">What the name adds in parentheses or after a comma ("beneficiated"); null when nothing.</param>
/// <param name="Estimated">True when the name carried USGS's estimate mark "e" ("Chinae").</param>
public sealed record UsgsCountryName(ProductionAreaRole Role, Countries.AreaCode Area, string Name, string? Qualifier, bool Estimated);
