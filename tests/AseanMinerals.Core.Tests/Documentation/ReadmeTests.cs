using System.Text.RegularExpressions;

namespace AseanMinerals.Core.Tests.Documentation;

public partial class ReadmeTests
{
    [Fact]
    public void The_README_quick_start_is_the_QuickStart_sample_word_for_word()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(root, "samples", "QuickStart", "Program.cs"));

        var block = CSharpBlock().Match(readme);

        block.Success.Should().BeTrue("the README shows the quick start in a ```csharp block");
        block.Groups["code"].Value.TrimEnd().Should().Be(sample.TrimEnd());
    }

    [Fact]
    public void The_package_README_shows_the_QuickStart_sample_word_for_word_and_how_to_install()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "src", "AseanMinerals.Core", "README.md"));
        var sample = File.ReadAllText(Path.Combine(root, "samples", "QuickStart", "Program.cs"));

        // The package README is what nuget.org shows: the same tested example as the repository's README.
        var block = CSharpBlock().Match(readme);
        block.Groups["code"].Value.TrimEnd().Should().Be(sample.TrimEnd());
        readme.Should().Contain("dotnet add package AseanMinerals.Core");
    }

    [Fact]
    public void The_README_gives_the_run_and_test_commands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        readme.Should().Contain("dotnet run --project samples/AseanMinerals.Cli -- report");
        readme.Should().Contain("dotnet test");
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanMinerals.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AseanMinerals.Core.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
