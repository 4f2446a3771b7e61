using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>An HS 2022 code of a <see cref="ProductGroup"/>, with its official description and the SITC code it came from.</summary>
public sealed record ProductGroupCode : ExtensibleRecord
{
    /// <summary>The HS 2022 code: a chapter (WITS groups) or a subheading (SITC groups).</summary>
    public required HsCode Code { get; init; }

    /// <summary>The official description (UN Comtrade's HS 2022 code list).</summary>
    public required string Description { get; init; }

    /// <summary>The SITC Rev.4 code UNSD converts the subheading to (the reason it is in a SITC group); null for a WITS group.</summary>
    public string? Sitc { get; init; }

    /// <summary>
    /// Other SITC Rev.4 codes the subheading correlates with, outside the group (for a code in it) or inside it (for a
    /// code left out): where these are not empty, part of the code's trade may belong on the other side.
    /// </summary>
    public IReadOnlyList<string> AlsoCorrelatesWith { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <inheritdoc />
    public override string ToString() => $"{Code}{(Sitc is null ? string.Empty : $" (SITC {Sitc})")}: {Description}";
}
