namespace AseanMinerals.Core.Concordance;

/// <summary>How <see cref="HsConverter"/> shares a value among the codes of the target edition.</summary>
public enum HsSplitMode
{
    /// <summary>
    /// UNSD's conversion: the whole value goes to one target code (UNSD's conversion table from HS 2022; towards HS 2022,
    /// the HS 2022 code UNSD converts to the source code, the lowest where several do).
    /// </summary>
    Unsd,

    /// <summary>The value of the connected group of codes is split equally among the group's target codes.</summary>
    Equal,

    /// <summary>
    /// The value of the connected group is split by the reporter's own trade in the flow in the target edition's codes
    /// (the input's records already in that edition, over all partners and periods); equal split where those records
    /// hold no value for the group's target codes.
    /// </summary>
    TradeWeighted,
}
