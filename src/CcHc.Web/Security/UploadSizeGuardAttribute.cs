using CcHc.Infrastructure.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CcHc.Web.Security;

/// <summary>
/// Refuses an oversized upload with a page message instead of a raw 413 or 400. It runs after
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> (order 900) have set the limits and before antiforgery
/// validation (1000), which would otherwise be the first to read the form and fail on it:
/// a declared Content-Length over <see cref="UploadLimits.MaxRequestBytes"/> is refused without reading the body, and a
/// body that passes a limit while the form is read (chunked, no length) is refused the same way. Either way the browser
/// is sent back to the form (GET, "?tooLarge=True"), which says "Tệp lớn hơn 5 MB." beside the file field; nothing is saved.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class UploadSizeGuardAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string QueryFlag = "tooLarge";

    public int Order => 950;

    /// <summary>The largest request accepted; the import pages' 5 MB unless a page sets its own (with matching limits).</summary>
    public long MaxRequestBytes { get; set; } = UploadLimits.MaxRequestBytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return;
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            context.Result = BackToForm(request);
            return;
        }

        if (!request.HasFormContentType)
        {
            return;
        }

        try
        {
            // Read once here, with the limits already applied; antiforgery and model binding reuse the parsed form.
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            context.Result = BackToForm(request);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = BackToForm(request);
        }
    }

    private static RedirectResult BackToForm(HttpRequest request) => new($"{request.PathBase}{request.Path}?{QueryFlag}=True");
}
