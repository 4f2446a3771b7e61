using AseanMinerals.Core.ReferenceData;
using NodaTime;

// The reference data ships inside the package: member states, partners, action plans, initiatives, indicators.
var data = AseanReferenceData.Default;
var membership = data.CreateMembership();

// Membership is time-aware: ten members in 2018, eleven since Timor-Leste joined on 26 October 2025.
var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
Console.WriteLine($"Members on 2018-06-30: {membership.MembersOn(new LocalDate(2018, 6, 30)).Count}");
Console.WriteLine($"Members on {today:uuuu-MM-dd}: {membership.MembersOn(today).Count}");

// Capacity-building initiatives supported by the Republic of Korea (its institutions, such as KIGAM, included).
foreach (var initiative in data.InitiativesSupportedBy("KOR"))
{
    Console.WriteLine($"Supported by KOR: {initiative.Period}  {initiative.Title}");
}

// Every fact cites its sources; the whole data set validates with no error.
Console.WriteLine(data.Validate().IsValid ? "Reference data: valid" : data.Validate().ToString());
