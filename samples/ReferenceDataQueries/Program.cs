using AseanMinerals.Core.ReferenceData;
using NodaTime;

// The reference data ships inside the package; Default reads it once.
var data = AseanReferenceData.Default;
Console.WriteLine($"{data.Initiatives.Count} capacity-building initiatives, {data.Partners.Count} partners, {data.ThematicAreas.Count} thematic areas");

// By thematic area: the ids are those of seeds/reference/thematic-areas.json.
foreach (var initiative in data.InitiativesInArea("rare-earths"))
{
    Console.WriteLine($"rare-earths: {initiative.Period} {initiative.Id}");
}

// By supporter: a Dialogue Partner counts with its institutions (China with the China Geological Survey, CGS).
foreach (var initiative in data.InitiativesSupportedBy("CHN"))
{
    Console.WriteLine($"supported by CHN: {initiative.Period} {initiative.Id} [{string.Join(", ", initiative.SupporterIds)}]");
}

// By member state taking part, and by time.
Console.WriteLine($"with Lao PDR taking part: {data.InitiativesWithMemberState("LAO").Count()}");
Console.WriteLine($"during 2016-2018: {data.InitiativesDuring(new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2018, 12, 31))).Count()}");

// The action plan in force on a day.
Console.WriteLine($"action plan on 2020-06-30: {data.ActionPlanOn(new LocalDate(2020, 6, 30))?.Id ?? "none"}");
