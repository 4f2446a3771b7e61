using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Where a total over all partners comes from. The two are never added together.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PartnerBasis>))]
public enum PartnerBasis
{
    /// <summary>The World rows where the data has any, otherwise the sum of the partner rows.</summary>
    Auto,

    /// <summary>The rows with partner World (<c>000</c>), as the reporter published its total.</summary>
    WorldRows,

    /// <summary>The sum of the rows of every partner but the World.</summary>
    SumOfPartners,
}
