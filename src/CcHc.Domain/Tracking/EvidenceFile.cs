using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tracking;

/// <summary>The kinds of evidence accepted, recognised by their first bytes (never by the name).</summary>
public enum EvidenceType
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,

    /// <summary>An old-format Word document (.doc): an OLE2 compound file, D0 CF 11 E0 A1 B1 1A E1.</summary>
    Doc,

    /// <summary>An old-format Excel workbook (.xls): an OLE2 compound file like <see cref="Doc"/>.</summary>
    Xls,

    /// <summary>A ZIP archive (PK 03 04), stored as sent and never unpacked on the server.</summary>
    Zip,
}

/// <summary>
/// A file proving work on a task (minutes, a decision, a photo). The bytes live in the evidence store outside the web
/// root under <see cref="StorageKey"/>; this row is what the app knows about them. Uploaded by the task's lead.
/// </summary>
public sealed class EvidenceFile : Entity
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private EvidenceFile()
    {
        FileName = Sha256 = StorageKey = UploadedById = UploadedByName = string.Empty;
    }

    public EvidenceFile(Guid planId, Guid taskId, Guid? noteId, string fileName, EvidenceType type, long length, string sha256, Actor uploadedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(uploadedBy);
        if (length <= 0)
        {
            throw new DomainException("Tệp minh chứng rỗng.");
        }

        if (length > MaxBytes)
        {
            throw new DomainException("Tệp minh chứng tối đa 10 MB.");
        }

        PlanId = planId;
        TaskId = taskId;
        NoteId = noteId;
        FileName = fileName;
        Type = type;
        Length = length;
        Sha256 = sha256;
        UploadedById = uploadedBy.Id;
        UploadedByName = uploadedBy.Name;
        UploadedAt = at;
        StorageKey = Id.ToString("N");
    }

    public Guid PlanId { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The progress entry the file came with, if any.</summary>
    public Guid? NoteId { get; private set; }

    /// <summary>The uploaded name, cleaned to a safe file name (kept for the download).</summary>
    public string FileName { get; private set; }

    public EvidenceType Type { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The name of the bytes in the evidence store; never derived from user input.</summary>
    public string StorageKey { get; private set; }

    public string UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string ContentType => ContentTypeOf(Type);

    public static string ContentTypeOf(EvidenceType type) => type switch
    {
        EvidenceType.Pdf => "application/pdf",
        EvidenceType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceType.Jpeg => "image/jpeg",
        EvidenceType.Png => "image/png",
        EvidenceType.Doc => "application/msword",
        EvidenceType.Xls => "application/vnd.ms-excel",
        EvidenceType.Zip => "application/zip",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
