using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Countries;

/// <summary>What a reporter or partner area code stands for in trade statistics.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TradeAreaKind>))]
public enum TradeAreaKind
{
    /// <summary>A country or territory.</summary>
    Country,

    /// <summary>The World (<c>000</c>): the total over all partners, never a partner of its own.</summary>
    World,

    /// <summary>A special partner with no territory: Bunkers (837), Free Zones (838), Special Categories (839).</summary>
    Special,

    /// <summary>An area "not elsewhere specified" (nes), such as Areas nes (899) or Other Asia nes (490).</summary>
    NotElsewhereSpecified,

    /// <summary>An entity that no longer reports under this code (former Sudan 736, Belgium-Luxembourg 58, ...).</summary>
    Former,

    /// <summary>A customs union or other group reporting as one (Southern African Customs Union 711).</summary>
    Group,
}
