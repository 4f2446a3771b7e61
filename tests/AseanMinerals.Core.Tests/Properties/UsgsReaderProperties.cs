using System.Text;
using AseanMinerals.Core.Production.Usgs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>Every row of a generated USGS file is accounted for, whatever its names and cells; a bad cell rejects exactly its row.</summary>
[Properties(MaxTest = 100)]
public class UsgsReaderProperties
{
    private const string Header = "\uFEFFSource,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes";

    private static readonly string[] Countries =
        ["Indonesia", "Burma", "\"Korea, Republic of\"", "Chinae", "New Caledonia9", "World total (rounded)", "Other countries", "Narnia", "", "Vietnam\u00A0"];

    private static readonly string[] GoodCells = ["", "1000", "\"1,580,000\"", "W", "NA", "\"e3,500\"", "\"    >9,100,000\"", "XX", "Large"];

    private static readonly string[] BadCells = ["12abc", "1.2.3", "-5", "?"];

    private static readonly Gen<(string Country, string[] Cells, bool Bad)> Row =
        Gen.Zip(Gen.Zip(Gen.Elements(Countries), Gen.Elements(GoodCells).ArrayOf(3)), Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, 2))))
            .Select(static t =>
            {
                var ((country, cells), badAt) = t;
                var row = cells.ToArray();
                if (badAt >= 0)
                {
                    row[badAt] = BadCells[badAt % BadCells.Length];
                }

                return (country, row, badAt >= 0);
            });

    [Property]
    public Property Rows_read_equal_country_rows_plus_set_aside_plus_rejected_and_bad_cells_reject_their_rows() =>
        Prop.ForAll(
            Gen.Zip(Gen.Zip(Row.ArrayOf().Resize(30), Gen.Elements("\r\n", "\n")), Gen.Elements(true, false)).ToArbitrary(),
            static p =>
            {
                var ((rows, newline), finalNewline) = p;
                var text = new StringBuilder(Header);
                foreach (var (country, cells, _) in rows)
                {
                    text.Append(newline).Append($"MCS2024,{country},\"Mine production - nickel, metric tons contained\",{cells[0]},{cells[1]},,{cells[2]},");
                }

                if (finalNewline)
                {
                    text.Append(newline);
                }

                var summary = UsgsWorldData.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "mcs2024-nicke_world.csv").Summary;

                // Every generated row is a row (the last one without a newline too), and each with a bad cell is rejected.
                return summary.RowsRead == rows.Length && summary.IsReconciled && summary.Rejected == rows.Count(static r => r.Bad);
            });
}
