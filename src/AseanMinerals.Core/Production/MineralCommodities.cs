using System.Diagnostics.CodeAnalysis;

namespace AseanMinerals.Core.Production;

/// <summary>
/// The one list of mineral commodities of the USGS Mineral Commodity Summaries world data, with the names and file codes
/// each release uses (MCS2025 names, with USGS's spellings such as "Gemanium"; MCS2023/MCS2024 file codes such as
/// <c>nicke</c>). Looking up ignores case and surrounding spaces (MCS2025 writes "Copper ", "Iron Ore  ").
/// </summary>
public static class MineralCommodities
{
    // Id, name, MCS2025 names (after trimming), MCS2023/2024 file codes. Read from the files themselves (see the tests).
    private static readonly (string Id, string Name, string[] UsgsNames, string[] FileCodes)[] Table =
    [
        ("abrasives", "Abrasives (manufactured)", ["Abrasives"], ["abras"]),
        ("aluminum", "Aluminum", ["Aluminum"], ["alumi"]),
        ("antimony", "Antimony", ["Antimony"], ["antim"]),
        ("arsenic", "Arsenic", ["Arsenic"], ["arsen"]),
        ("asbestos", "Asbestos", ["Asbestos"], ["asbes"]),
        ("barite", "Barite", ["Barite"], ["barit"]),
        ("bauxite", "Bauxite and alumina", ["Bauxite"], ["bauxi"]),
        ("beryllium", "Beryllium", ["Beryllium"], ["beryl"]),
        ("bismuth", "Bismuth", ["Bismuth"], ["bismu"]),
        ("boron", "Boron", ["Boron"], ["boron"]),
        ("bromine", "Bromine", ["Bromine"], ["bromi"]),
        ("cadmium", "Cadmium", ["Cadmium"], ["cadmi"]),
        ("cement", "Cement", ["Cement"], ["cemen"]),
        ("chromium", "Chromium", ["Chromium"], ["chrom"]),
        ("clays", "Clays", ["Clays"], ["clays"]),
        ("cobalt", "Cobalt", ["Cobalt"], ["cobal"]),
        ("copper", "Copper", ["Copper"], ["coppe"]),
        ("diamond-industrial", "Diamond (industrial)", ["Diamond (industrial)"], ["diamo"]),
        ("diatomite", "Diatomite", ["Diatomite"], ["diato"]),
        ("feldspar", "Feldspar", ["Feldspar"], ["felds"]),
        ("fluorspar", "Fluorspar", ["Fluorspar"], ["fluor"]),
        ("gallium", "Gallium", ["Gallium"], ["galli"]),
        ("garnet-industrial", "Garnet (industrial)", ["Garnet (industrial)"], ["garne"]),
        ("gemstones", "Gemstones", ["Gemstones"], ["gemst"]),
        ("germanium", "Germanium", ["Gemanium", "Germanium"], ["germa"]),
        ("gold", "Gold", ["Gold"], ["gold"]),
        ("graphite", "Graphite (natural)", ["Graphite"], ["graph"]),
        ("gypsum", "Gypsum", ["Gypsum"], ["gypsu"]),
        ("helium", "Helium", ["Helium"], ["heliu"]),
        ("indium", "Indium", ["Indium"], ["indiu"]),
        ("iodine", "Iodine", ["Iodine"], ["iodin"]),
        ("iron-ore", "Iron ore", ["Iron Ore"], ["feore"]),
        ("iron-and-steel", "Iron and steel", ["Iron and Steel"], ["feste"]),
        ("iron-oxide-pigments", "Iron oxide pigments", ["Iron oxide pigments"], ["fepig"]),
        ("kyanite", "Kyanite and related minerals", ["Kyanite and Related Minerals"], ["kyani"]),
        ("lead", "Lead", ["Lead"], ["lead"]),
        ("lime", "Lime", ["Lime"], ["lime"]),
        ("lithium", "Lithium", ["Lithium"], ["lithi"]),
        ("magnesium-compounds", "Magnesium compounds", ["Magnesium Compounds"], ["mgcomp"]),
        ("magnesium-metal", "Magnesium metal", ["Magnesium metal"], ["mgmet"]),
        ("manganese", "Manganese", ["Manganese"], ["manga"]),
        ("mercury", "Mercury", ["Mercury"], ["mercu"]),
        ("mica", "Mica (natural)", ["Mica (Natural)"], ["mica"]),
        ("molybdenum", "Molybdenum", ["Molybdenum"], ["molyb"]),
        ("nickel", "Nickel", ["Nickel"], ["nicke"]),
        ("niobium", "Niobium", ["Niobium"], ["niobi"]),
        ("nitrogen", "Nitrogen (fixed), ammonia", ["Nitrogen(fixed) - Ammonia"], ["nitro"]),
        ("peat", "Peat", ["Peat"], ["peat"]),
        ("perlite", "Perlite", ["Perlite"], ["perli"]),
        ("phosphate-rock", "Phosphate rock", ["Phosphate rock"], ["phosp"]),
        ("platinum-group-metals", "Platinum-group metals", ["Platinum-Group metals"], ["plati"]),
        ("potash", "Potash", ["Potash"], ["potas"]),
        ("pumice", "Pumice and pumicite", ["Pumice & Pumicite"], ["pumic"]),
        ("rare-earths", "Rare earths", ["Rare earths"], ["raree"]),
        ("rhenium", "Rhenium", ["Rhenium"], ["rheni"]),
        ("salt", "Salt", ["Salt"], ["salt"]),
        ("industrial-sand", "Sand and gravel (industrial)", ["Sand and gravel (industrial)"], ["sandi"]),
        ("selenium", "Selenium", ["Selenium"], ["selen"]),
        ("silicon", "Silicon", ["Silicon"], ["simet"]),
        ("silver", "Silver", ["Silver"], ["silve"]),
        ("soda-ash", "Soda ash", ["Soda ash"], ["sodaa"]),
        ("dimension-stone", "Stone (dimension)", [], ["stond"]),
        ("strontium", "Strontium", ["Strontium"], ["stron"]),
        ("sulfur", "Sulfur", ["Sulfur"], ["sulfu"]),
        ("talc", "Talc and pyrophyllite", ["Talc and Pyrophyllite", "Talc, crude"], ["talc"]),
        ("tantalum", "Tantalum", ["Tantalum"], ["tanta"]),
        ("tellurium", "Tellurium", ["Tellurium"], ["tellu"]),
        ("tin", "Tin", ["Tin"], ["tin"]),
        ("titanium", "Titanium and titanium dioxide", ["Titanium & titanium dioxide"], ["titan"]),
        ("titanium-mineral-concentrates", "Titanium mineral concentrates", ["Titanium Mineral Concentrates"], ["timin"]),
        ("tungsten", "Tungsten", ["Tungsten"], ["tungs"]),
        ("vanadium", "Vanadium", ["Vanadium"], ["vanad"]),
        ("vermiculite", "Vermiculite", ["Vermiculite"], ["vermi"]),
        ("wollastonite", "Wollastonite", ["Wollastonite"], ["wolla"]),
        ("zeolites", "Zeolites (natural)", ["Zeolites (natural)"], ["zeoli"]),
        ("zinc", "Zinc", ["Zinc"], ["zinc"]),
        ("zirconium-hafnium", "Zirconium and hafnium", ["Zirconium and Hafnium"], ["zirco", "zirco-hafni"]),
    ];

    private static readonly MineralCommodity[] Commodities =
        [.. Table.Select(static row => new MineralCommodity(row.Id, row.Name)).OrderBy(static c => c.Id, StringComparer.Ordinal)];

    private static readonly Dictionary<string, MineralCommodity> ByKey = BuildIndex();

    /// <summary>Every commodity, in alphabetical order of identifier.</summary>
    public static IReadOnlyList<MineralCommodity> All => Commodities;

    /// <summary>
    /// Finds a commodity by identifier (<c>rare-earths</c>), name ("Rare earths"), a USGS name of any release ("Gemanium",
    /// "Iron Ore  ") or an MCS2023/MCS2024 file code (<c>raree</c>); case and surrounding spaces are ignored.
    /// </summary>
    /// <param name="text">The identifier, name or code.</param>
    /// <param name="commodity">The commodity, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string? text, [NotNullWhen(true)] out MineralCommodity? commodity) =>
        ByKey.TryGetValue(Normalize(text), out commodity);

    /// <summary>Finds a commodity as <see cref="TryFind"/> does.</summary>
    /// <param name="text">The identifier, name or code.</param>
    /// <returns>The commodity.</returns>
    /// <exception cref="ArgumentException">No commodity has that identifier, name or code.</exception>
    public static MineralCommodity Find(string text) =>
        TryFind(text, out var commodity)
            ? commodity
            : throw new ArgumentException($"'{text}' is not a mineral commodity of the USGS world data (for example 'nickel', 'tin', 'rare-earths').", nameof(text));

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static Dictionary<string, MineralCommodity> BuildIndex()
    {
        var index = new Dictionary<string, MineralCommodity>(StringComparer.Ordinal);
        foreach (var (id, name, usgsNames, fileCodes) in Table)
        {
            var commodity = Array.Find(Commodities, c => c.Id == id)!;
            foreach (var key in (string[])[id, name, .. usgsNames, .. fileCodes])
            {
                // A key naming two commodities would be a table error; the first entry wins and a test checks there is none.
                index.TryAdd(Normalize(key), commodity);
            }
        }

        return index;
    }
}
