using AseanMinerals.Core.Validation;

namespace AseanMinerals.Cli.Validation;

/// <summary>The outcome of validating one file.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Kind">What the file was read as.</param>
/// <param name="Result">Every issue, each with the file and, where known, the line.</param>
/// <param name="Rows">Rows, lines or documents read.</param>
/// <param name="Note">How the rows were accounted for, where the reader tells it.</param>
internal sealed record FileValidation(string File, DocumentKind Kind, ValidationResult Result, long Rows, string? Note);
