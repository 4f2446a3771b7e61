using System.Text.Json;
using AseanMinerals.Cli.Input;

namespace AseanMinerals.Cli.Validation;

/// <summary>
/// Tells what a file holds: JSON Lines by its extension; a JSON document by the names of its top-level members (read up
/// to the first that decides, so that a broken document is still recognised and then reported by its own reader);
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

                    versioned |= name == "schemaVersion";
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

        // A versioned document with none of the deciding members is a reference-data document (all its sections are optional);
        // anything else is a Comtrade+ API response ("data", "elapsedTime"), or JSON the importer will refuse with its reason.
        return versioned ? DocumentKind.ReferenceData : DocumentKind.Comtrade;
    }
}
