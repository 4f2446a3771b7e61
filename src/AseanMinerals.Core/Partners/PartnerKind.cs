using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Partners;

/// <summary>What kind of partner supports ASEAN minerals cooperation.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PartnerKind>))]
public enum PartnerKind
{
    /// <summary>A country or union with ASEAN Dialogue Partner status (Australia, ..., the European Union).</summary>
    DialoguePartner,

    /// <summary>An intergovernmental or international organisation (CCOP, IGF).</summary>
    IntergovernmentalOrganisation,

    /// <summary>A national government body, such as a geological survey (KIGAM, China Geological Survey, BGR).</summary>
    NationalInstitution,

    /// <summary>A university or research institute (University of Queensland).</summary>
    AcademicInstitution,
}
