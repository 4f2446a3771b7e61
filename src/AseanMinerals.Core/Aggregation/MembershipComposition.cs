using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>How ASEAN's membership is fixed when a figure covers several periods or a period in which it changed.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MembershipComposition>))]
public enum MembershipComposition
{
    /// <summary>The members of each period: a state counts for a period if it was a member on the period's last day.</summary>
    Changing,

    /// <summary>The members on one given day, for every period.</summary>
    Fixed,
}
