using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>How a member's flow is counted in a mirror-filled figure (<see cref="MirrorFilledValue.Members"/>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MemberFill>))]
public enum MemberFill
{
    /// <summary>By the member's own rows by partner (its trade with every partner it reports).</summary>
    Reported,

    /// <summary>By mirror estimates: its trade with the partners that report the mirror flow with it, and with no other partner.</summary>
    MirrorFilled,

    /// <summary>Not counted: neither its own rows nor any partner's rows can tell it (<see cref="MirrorFillMember.Gap"/> says why).</summary>
    Missing,
}
