using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Where a total over all partners comes from. The two are never added together.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PartnerBasis>))]
public enum PartnerBasis
{
    /// <summary>For each reporter and flow, its World rows where it has any, otherwise the sum of its partner rows.</summary>
    Auto,

    /// <summary>The rows with partner World (<c>000</c>), as the reporter published its total.</summary>
    WorldRows,

    /// <summary>The sum of the rows of every partner but the World.</summary>
    SumOfPartners,

    /// <summary>
    /// A result's basis (never asked for): World rows for some reporters and flows, the sum of partner rows for the others
    /// (each reporter and flow on its own basis, as <see cref="Auto"/> chooses); the result's partners text names which.
    /// </summary>
    Mixed,
}
