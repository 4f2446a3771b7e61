using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Cooperation;

/// <summary>The kind of body in the structure of ASEAN minerals cooperation.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CooperationBodyKind>))]
public enum CooperationBodyKind
{
    /// <summary>The ministers' meeting (AMMin), the highest policy body.</summary>
    MinisterialMeeting,

    /// <summary>The senior officials' meeting (ASOMM) and its formats with partners (ASOMM+3).</summary>
    SeniorOfficialsMeeting,

    /// <summary>A working group under ASOMM, leading one area of the action plan.</summary>
    WorkingGroup,

    /// <summary>A joint working group or special task force set up for one piece of work.</summary>
    TaskForce,
}
