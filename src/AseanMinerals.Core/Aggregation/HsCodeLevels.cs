using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>The HS levels of the records a cube cell adds up; a sum over commodities must not mix levels.</summary>
[Flags]
[JsonConverter(typeof(CamelCaseEnumConverter<HsCodeLevels>))]
public enum HsCodeLevels : byte
{
    /// <summary>No record.</summary>
    None = 0,

    /// <summary><c>TOTAL</c> rows.</summary>
    Total = 1,

    /// <summary>Chapters (2 digits).</summary>
    Chapter = 2,

    /// <summary>Headings (4 digits).</summary>
    Heading = 4,

    /// <summary>Subheadings (6 digits).</summary>
    Subheading = 8,
}
