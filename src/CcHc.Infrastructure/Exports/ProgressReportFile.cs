using System.Security.Cryptography;

namespace CcHc.Infrastructure.Exports;

/// <summary>
/// The exact bytes of an issued progress report's export (PDF, XLSX or DOCX), stored once and served from then on, as
/// <see cref="IssuedFile"/> does for a plan version (several progress reports share one plan version, so they have
/// their own table keyed by the report). Insert-only (a database trigger refuses changes).
/// </summary>
public sealed class ProgressReportFile
{
    private ProgressReportFile()
    {
        FileName = ContentType = Sha256 = VerificationCode = string.Empty;
        Content = [];
    }

    public ProgressReportFile(Guid reportId, Guid planId, IssuedFileKind kind, string fileName, string contentType, byte[] content, string verificationCode, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReportId = reportId;
        PlanId = planId;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        VerificationCode = verificationCode;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    /// <summary>The plan version reported on (the tenant filter goes through it).</summary>
    public Guid PlanId { get; private set; }

    /// <summary><see cref="IssuedFileKind.ReportPdf"/>, <see cref="IssuedFileKind.ReportXlsx"/> or <see cref="IssuedFileKind.ReportDocx"/>.</summary>
    public IssuedFileKind Kind { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public string Sha256 { get; private set; }

    public string VerificationCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
