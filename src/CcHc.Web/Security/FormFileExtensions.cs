namespace CcHc.Web.Security;

/// <summary>Reading an uploaded file once its declared length has been checked (the request limits cap the body).</summary>
public static class FormFileExtensions
{
    public static async Task<byte[]> ReadAllBytesAsync(this IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return content;
    }

    /// <summary>The bytes of a single required upload of at most <paramref name="maxBytes"/>, or the message to show beside the field.</summary>
    public static async Task<(byte[]? Content, string? Error)> ReadRequiredAsync(
        this IFormFile? file, long maxBytes, string missingMessage, string tooLargeMessage, CancellationToken cancellationToken) =>
        file is null || file.Length == 0 ? (null, missingMessage)
        : file.Length > maxBytes ? (null, tooLargeMessage)
        : (await file.ReadAllBytesAsync(cancellationToken), null);
}
