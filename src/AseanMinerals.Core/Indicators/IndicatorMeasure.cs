using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Indicators;

/// <summary>What a published indicator measures.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<IndicatorMeasure>))]
public enum IndicatorMeasure
{
    /// <summary>The value of ASEAN's trade in minerals.</summary>
    MineralsTrade,

    /// <summary>Minerals trade as a share of ASEAN's total trade.</summary>
    MineralsShareOfTotalTrade,

    /// <summary>The intra-ASEAN share of ASEAN's minerals trade.</summary>
    IntraAseanShareOfMineralsTrade,

    /// <summary>The value of ASEAN's total merchandise trade.</summary>
    TotalTrade,

    /// <summary>The intra-ASEAN share of ASEAN's total merchandise trade.</summary>
    IntraAseanShareOfTotalTrade,

    /// <summary>The intra-ASEAN share of ASEAN's total merchandise exports.</summary>
    IntraAseanShareOfExports,

    /// <summary>The intra-ASEAN share of ASEAN's total merchandise imports.</summary>
    IntraAseanShareOfImports,

    /// <summary>The value of minerals production in ASEAN.</summary>
    MineralsProduction,

    /// <summary>The value of trade among ASEAN's member states (intra-ASEAN trade).</summary>
    IntraAseanTrade,
}
