using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Tracking;
using CcHc.Web.Security;

namespace CcHc.Web.Features.Tracking;

/// <summary>An evidence file read from the form and accepted by the inspector: its checked name and type, and its bytes.</summary>
public sealed record AcceptedEvidence(EvidenceInspection Inspection, byte[] Content);

/// <summary>
/// The evidence files of one progress update, read under their limits: at most <see cref="EvidenceInspector.MaxFiles"/>,
/// a file declared over 10 MB refused without reading its bytes, every other file recognised by its first bytes. Every
/// file is checked before anything is saved, and each refusal names its file.
/// </summary>
public static class EvidenceUploads
{
    /// <summary>The form field of the files, where their refusals are shown.</summary>
    public const string Field = "Files";

    /// <summary>The request limit of a progress update: five files of 10 MB and the form's fields.</summary>
    public const long MaxRequestBytes = (EvidenceInspector.MaxFiles * EvidenceFile.MaxBytes) + (1024L * 1024);

    public static string TooLargeMessage { get; } =
        $"Tổng dung lượng gửi lên vượt quá {MaxRequestBytes / (1024 * 1024)} MB: tối đa {EvidenceInspector.MaxFiles} tệp, mỗi tệp không quá 10 MB. Chưa có gì được lưu.";

    public static async Task<(List<AcceptedEvidence> Accepted, List<FieldError> Errors)> ReadAsync(
        IEnumerable<IFormFile?> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var accepted = new List<AcceptedEvidence>();
        var errors = new List<FieldError>();
        var uploads = files.OfType<IFormFile>().Where(f => !(f.Length == 0 && string.IsNullOrEmpty(f.FileName))).ToList();
        if (uploads.Count > EvidenceInspector.MaxFiles)
        {
            errors.Add(new(Field, $"Mỗi lần cập nhật gửi tối đa {EvidenceInspector.MaxFiles} tệp minh chứng (bạn đã chọn {uploads.Count})."));
            return (accepted, errors);
        }

        foreach (var upload in uploads)
        {
            EvidenceInspection inspection;
            byte[] content = [];
            if (upload.Length > EvidenceFile.MaxBytes)
            {
                // Refused on its declared length: the bytes are never read.
                var name = EvidenceInspector.SafeFileName(upload.FileName);
                inspection = new EvidenceInspection(name, null, $"Tệp {name} lớn hơn 10 MB.");
            }
            else
            {
                content = await upload.ReadAllBytesAsync(cancellationToken);
                inspection = EvidenceInspector.Inspect(upload.FileName, content);
            }

            if (inspection.IsAccepted)
            {
                accepted.Add(new AcceptedEvidence(inspection, content));
            }
            else
            {
                errors.Add(new(Field, inspection.Error!));
            }
        }

        return (accepted, errors);
    }
}
