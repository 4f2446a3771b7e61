using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// How option values and file arguments are read, in words a user understands: a year that is no number, a named value
/// in another case, an option the command does not have where a file name is expected.
/// </summary>
internal static class OptionValues
{
    /// <summary>A year, YYYY; anything else is an error naming the option and the value.</summary>
    public static int? Year(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        result.AddError($"--year {text}: a year such as 2022 is expected");
        return null;
    }

    /// <summary>One of <paramref name="values"/>, in any case; the value as listed.</summary>
    public static string OneOf(ArgumentResult result, params string[] values)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var option = (result.Parent as OptionResult)?.Option.Name ?? "the value";
        var known = values.FirstOrDefault(v => v.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            result.AddError($"{option} {text}: expected {string.Join(", ", values.SkipLast(1))} or {values[^1]}");
        }

        return known ?? values[0];
    }

    /// <summary>
    /// An argument of file names takes any word the command does not know, so that <c>shares f -o out.json</c> would
    /// read a file named <c>-o</c>: a name that starts with '-' and is no file is an error saying the option is not one of the command's.
    /// </summary>
    public static void RefuseOptionsAsFiles(Command command, Argument<string[]> files) =>
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(static t => t.Value))
            {
                if (token.Length > 1 && token[0] == '-' && !File.Exists(token))
                {
                    var hint = token is "-o" or "--output" ? $" ({command.Name} writes to standard output: redirect it, > FILE)" : string.Empty;
                    result.AddError($"{token}: {command.Name} has no such option{hint}; see 'asean-minerals {command.Name} --help'");
                }
            }
        });

    /// <summary>A long list cut to its first few items and its count: "2020-01, 2020-02, 2020-03, ... (3,612 periods)".</summary>
    public static string FewOf<T>(IReadOnlyCollection<T> items, string what, int shown = 5) =>
        items.Count <= shown
            ? $"{what}: {string.Join(", ", items)}"
            : $"{items.Count:N0} {what}: {string.Join(", ", items.Take(shown))}, ...";
}
