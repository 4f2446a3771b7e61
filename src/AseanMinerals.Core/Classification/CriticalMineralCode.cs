using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// An HS 2022 subheading mapped to a critical mineral because its official description names the mineral, with that
/// description as the evidence.
/// </summary>
public sealed record CriticalMineralCode : ExtensibleRecord
{
    /// <summary>The HS 2022 subheading (6 digits).</summary>
    public required HsCode Code { get; init; }

    /// <summary>The official description (UN Comtrade's HS 2022 code list) that names the mineral.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// True when the code names several listed minerals or is a residual code (n.e.c.): its trade is not trade in one
    /// mineral, so a total per mineral never presents it as such.
    /// </summary>
    public required bool Shared { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}{(Shared ? " (shared)" : string.Empty)}: {Description}";
}
