using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Provenance;

/// <summary>How well a reference-data fact is supported by its sources.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary>An official or primary source states it, or several sources agree.</summary>
    Confirmed,

    /// <summary>One secondary source states it (a single news report, or a single third-party copy of a document or data set).</summary>
    Secondary,

    /// <summary>No source was found; carried only so that users see the gap, never as a fact.</summary>
    Unconfirmed,

    /// <summary>
    /// The library's own reading of what its sources say (a link between records, a classification, a year a sentence
    /// implies), which no source states; the record's note gives the reasoning.
    /// </summary>
    Inferred,
}
