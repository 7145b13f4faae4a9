using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CcHc.Web.Pages.Tasks;

/// <summary>The request limits of a progress update with evidence: five files of 10 MB and the form's fields.</summary>
public static class EvidenceUploadLimits
{
    public const long MaxRequestBytes = (EvidenceInspector.MaxFiles * EvidenceFile.MaxBytes) + (1024L * 1024);
}

/// <summary>
/// As <see cref="Security.UploadSizeGuardAttribute"/> for the evidence form: a declared Content-Length over
/// <see cref="EvidenceUploadLimits.MaxRequestBytes"/> is refused before the body is read, and a body that passes a
/// limit while the form is read is refused the same way; either way the browser goes back to the task page with
/// "?tooLarge=True" and nothing is saved. Runs before antiforgery validation (order 1000), which would read the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class EvidenceUploadGuardAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string QueryFlag = "tooLarge";

    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return;
        }

        if (request.ContentLength > EvidenceUploadLimits.MaxRequestBytes)
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
