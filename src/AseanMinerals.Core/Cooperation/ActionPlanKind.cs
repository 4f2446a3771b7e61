using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Cooperation;

/// <summary>The kind of plan that sets out ASEAN minerals cooperation for a period.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionPlanKind>))]
public enum ActionPlanKind
{
    /// <summary>An ASEAN Minerals Cooperation Action Plan (AMCAP).</summary>
    ActionPlan,

    /// <summary>A scorecard that served as an interim plan (the AEC ASEAN Minerals Cooperation Scorecard 2009–2011).</summary>
    Scorecard,
}
