using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Cooperation;

/// <summary>An ASEAN Ministerial Meeting on Minerals (AMMin), the highest policy body of minerals cooperation.</summary>
public sealed record MinisterialMeeting : SourcedRecord
{
    /// <summary>The meeting's number (1 for the 1st AMMin).</summary>
    public required int Number { get; init; }

    /// <summary>The day of the meeting, or its month where no source gives the day.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>The host city.</summary>
    public required string City { get; init; }

    /// <summary>The ISO alpha-3 code of the host member state.</summary>
    public required string HostCountry { get; init; }

    /// <summary>True when the meeting was held online (hosted from <see cref="City"/>).</summary>
    public bool IsVirtual { get; init; }

    /// <summary>Who chaired the meeting, where known.</summary>
    public string? Chair { get; init; }

    /// <summary>What the meeting adopted, endorsed or launched.</summary>
    public IReadOnlyList<string> Outcomes { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>The meeting's usual name, for example "4th AMMin".</summary>
    [JsonIgnore]
    public string Name => $"{Number}{Ordinals.Suffix(Number)} AMMin";

    /// <inheritdoc />
    public override string ToString() => $"{Name}, {Date}, {City}{(IsVirtual ? " (virtual)" : string.Empty)}";
}
