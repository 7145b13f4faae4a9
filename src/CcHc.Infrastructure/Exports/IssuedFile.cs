using System.Security.Cryptography;

namespace CcHc.Infrastructure.Exports;

public enum IssuedFileKind
{
    /// <summary>The plan (KH-UBND) as printed.</summary>
    Pdf,

    /// <summary>The plan's workbook.</summary>
    Xlsx,

    /// <summary>The results report (BC-UBND) of the plan, as printed.</summary>
    ReportPdf,

    /// <summary>The results report's workbook.</summary>
    ReportXlsx,

    /// <summary>The plan as a Word document (.docx), for the last edits before signing.</summary>
    Docx,

    /// <summary>The results report as a Word document (.docx).</summary>
    ReportDocx,

    /// <summary>
    /// The results (or progress) report's PDF signed by CcHc (issue 20): the frozen <see cref="ReportPdf"/> with one
    /// incremental update carrying the signature; what is downloaded where a signing certificate is configured.
    /// </summary>
    SignedReportPdf,
}

/// <summary>
/// The exact bytes of an issued plan version's export, stored once and served from then on, so every later download
/// is byte-identical whatever changes in the plan or the app. Insert-only (a database trigger refuses changes).
/// </summary>
public sealed class IssuedFile
{
    private IssuedFile()
    {
        FileName = ContentType = Sha256 = VerificationCode = string.Empty;
        Content = [];
    }

    public IssuedFile(Guid planId, IssuedFileKind kind, string fileName, string contentType, byte[] content, string verificationCode, DateTimeOffset createdAt)
    {
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

    public Guid PlanId { get; private set; }

    public IssuedFileKind Kind { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>, shown on the plan page.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The version's verification code printed in the PDF footer (derived from the snapshot, not the file).</summary>
    public string VerificationCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
