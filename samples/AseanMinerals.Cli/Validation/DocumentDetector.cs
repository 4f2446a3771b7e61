using System.Text.Json;
using AseanMinerals.Cli.Input;

namespace AseanMinerals.Cli.Validation;

/// <summary>
/// Tells what a file holds: JSON Lines by its extension, or by a trade record's members at the top of its first line;
/// a JSON document by the names of its top-level members (read up to the first that decides, so that a broken document
/// is still recognised and then reported by its own reader);
/// anything else is left to the Comtrade importer, which detects its format or says why it cannot.
/// </summary>
internal static class DocumentDetector
{
    private static readonly string[] ReferenceDataMembers =
        ["memberStates", "tradeAreas", "partners", "objectives", "ministerialMeetings", "bodies", "actionPlans", "thematicAreas", "initiatives", "indicators"];

    public static DocumentKind Detect(string path, ReadOnlySpan<byte> head)
    {
        if (TradeFiles.KindOf(path) == TradeFileKind.JsonLines)
        {
            return DocumentKind.JsonLines;
        }

        var reader = new Utf8JsonReader(head, isFinalBlock: false, default);
        var versioned = false;
        var otherMembers = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DocumentKind.Comtrade;
            }

            while (reader.Read() && reader.CurrentDepth > 0)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var name = reader.GetString();
                    if (name == "records")
                    {
                        return DocumentKind.TradeDataset;
                    }

                    if (name is "groups" or "defaultScope")
                    {
                        return DocumentKind.Classification;
                    }

                    // A trade record's own members at the top: JSON Lines read without a name to tell it (a pipe, standard input).
                    if (name is "reporter" or "flow" or "commodity")
                    {
                        return DocumentKind.JsonLines;
                    }

                    versioned |= name == "schemaVersion";
                    otherMembers |= name != "schemaVersion";
                    if (ReferenceDataMembers.Contains(name))
                    {
                        return DocumentKind.ReferenceData;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A broken or cut document: what was read decides, and its reader reports the break with its line.
        }

        // A versioned document with no member but its version is an empty reference-data document (every section is
        // optional); with other members it is a document validate does not know. Anything else is a Comtrade+ API
        // response ("data", "elapsedTime"), or JSON the importer refuses with its reason.
        return versioned ? (otherMembers ? DocumentKind.Unknown : DocumentKind.ReferenceData) : DocumentKind.Comtrade;
    }
}
