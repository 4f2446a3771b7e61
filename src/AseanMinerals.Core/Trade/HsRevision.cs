using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The edition of the Harmonized System a commodity code belongs to, by UN Comtrade's classification code
/// (<c>H0</c> to <c>H6</c>; <c>HS</c> for "as reported", when the edition is not stated). Codes split and merge between
/// editions: sums across editions are safe at the chapter level.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HsRevision>))]
public enum HsRevision : byte
{
    /// <summary>The edition is not stated (Comtrade <c>HS</c>: as reported).</summary>
    [JsonStringEnumMemberName("HS")]
    AsReported = 0,

    /// <summary>HS 1992 (Comtrade <c>H0</c>; the original 1988 edition as amended in 1992).</summary>
    [JsonStringEnumMemberName("H0")]
    Hs1992 = 1,

    /// <summary>HS 1996 (Comtrade <c>H1</c>).</summary>
    [JsonStringEnumMemberName("H1")]
    Hs1996 = 2,

    /// <summary>HS 2002 (Comtrade <c>H2</c>).</summary>
    [JsonStringEnumMemberName("H2")]
    Hs2002 = 3,

    /// <summary>HS 2007 (Comtrade <c>H3</c>).</summary>
    [JsonStringEnumMemberName("H3")]
    Hs2007 = 4,

    /// <summary>HS 2012 (Comtrade <c>H4</c>).</summary>
    [JsonStringEnumMemberName("H4")]
    Hs2012 = 5,

    /// <summary>HS 2017 (Comtrade <c>H5</c>).</summary>
    [JsonStringEnumMemberName("H5")]
    Hs2017 = 6,

    /// <summary>HS 2022 (Comtrade <c>H6</c>).</summary>
    [JsonStringEnumMemberName("H6")]
    Hs2022 = 7,
}
