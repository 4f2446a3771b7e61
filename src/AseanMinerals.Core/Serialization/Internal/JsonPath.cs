using System.Text;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Writes JSON paths the way System.Text.Json does: <c>$.memberStates[2].accessionDate</c>, <c>$['odd name']</c>.</summary>
internal static class JsonPath
{
    public static void AppendMember(StringBuilder path, string name)
    {
        if (name.Length > 0 && name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
