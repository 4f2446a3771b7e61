namespace AseanMinerals.Comtrade.Reading;

/// <summary>The fields the importer reads, whatever the column is called in a format.</summary>
internal enum Field
{
    TypeCode,
    Period,
    Year,
    Month,
    RefPeriodId,
    Reporter,
    Partner,
    SecondPartner,
    Flow,
    FlowDescription,
    LegacyFlowCode,
    Classification,
    Commodity,
    CustomsProcedure,
    TransportMode,
    QuantityUnit,
    Quantity,
    NetWeight,
    PrimaryValue,
    CifValue,
    FobValue,
    QuantityEstimated,
    NetWeightEstimated,
    IsReported,
    IsAggregate,
    LegacyFlag,
}
