using System.Text.Json;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Internal;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// The base of every object the library reads from and writes to JSON documents. It keeps the members that a newer minor
/// version of the schema added and this version of the library does not know, so that reading a document and writing it
/// back loses nothing (see <see cref="AseanMineralsJson"/> for the version rule).
/// </summary>
public abstract record ExtensibleRecord
{
    private UnknownMemberBag _unknownMembers;

    /// <summary>
    /// The members of this object that the library does not know, by name, as they were read from a document of a newer
    /// minor schema version; empty for an object made in code or read from a document of this library's schema version.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> UnknownMembers => _unknownMembers.View;

    // The serializer's door to the same members: it fills the dictionary while reading and writes it back. Value equality
    // of the record compares the members by content (UnknownMemberBag).
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => _unknownMembers.Dictionary;
        set => _unknownMembers = new UnknownMemberBag(value);
    }
}
