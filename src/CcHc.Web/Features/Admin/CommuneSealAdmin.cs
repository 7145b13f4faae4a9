using System.Security.Cryptography;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Signatures;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>A commune and its current seal, for the seal page.</summary>
public sealed record CommuneSealView(Guid CommuneId, string CommuneName, byte[]? Seal);

/// <summary>An upload's outcome: the refusal beside the file field, or the message after saving.</summary>
public sealed record CommuneSealUploaded(string? Error, string? Message);

/// <summary>
/// The seal image of a commune's signatures (<see cref="CommuneSeals"/>): the administrator uploads a PNG (≤ 1 MB,
/// decoded and checked by <see cref="PngImage"/> before anything is kept); every attempt, kept or refused, is audited
/// with the file's SHA-256. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class CommuneSealAdmin(CcHcDbContext db, CommuneSeals seals, IAuditLog audit)
{
    public const string Subject = "Commune";

    public async Task<CommuneSealView?> LoadAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);
        return commune is null ? null : new CommuneSealView(commune.Id, commune.Name, await seals.CurrentAsync(commune.Id, cancellationToken));
    }

    public async Task<CommuneSealUploaded> UploadAsync(Guid communeId, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 })
        {
            return new CommuneSealUploaded("Chọn tệp ảnh con dấu (PNG) để tải lên.", null);
        }

        var name = Path.GetFileName(upload.FileName) is { Length: > 0 } n ? (n.Length > 120 ? n[..120] : n) : "(không tên)";
        if (upload.Length > PngImage.MaxFileBytes)
        {
            await AuditAsync(communeId, $"Tải lên con dấu \"{name}\" ({upload.Length} byte); kết quả: từ chối: lớn hơn {PngImage.MaxFileBytes / 1024} KB", cancellationToken);
            return new CommuneSealUploaded($"Ảnh con dấu lớn hơn {PngImage.MaxFileBytes / 1024} KB.", null);
        }

        byte[] content;
        await using (var stream = upload.OpenReadStream())
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        PngImage image;
        try
        {
            image = PngImage.Decode(content);
        }
        catch (InvalidDataException e)
        {
            await AuditAsync(communeId, $"Tải lên con dấu \"{name}\"; SHA-256 {hash}; kết quả: từ chối: {e.Message}", cancellationToken);
            return new CommuneSealUploaded(e.Message, null);
        }

        // The file and its audit line are kept by the same save.
        var key = seals.Stage(communeId, content);
        await AuditAsync(communeId, $"Tải lên con dấu \"{name}\" ({image.Width} × {image.Height} điểm ảnh); SHA-256 {hash}; lưu tại {key}; kết quả: đã lưu", cancellationToken);
        return new CommuneSealUploaded(null, "Đã lưu ảnh con dấu. Các văn bản ký số từ nay hiển thị con dấu này.");
    }

    private Task AuditAsync(Guid communeId, string note, CancellationToken cancellationToken) =>
        audit.WriteAsync(AuditAction.CommuneSealUpload, Subject, communeId.ToString(), communeId, note.Length > 1000 ? note[..1000] : note, cancellationToken);
}
