using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CcHc.Web.Security;

/// <summary>
/// How many values a form may post. The framework's default (1,024) stays for every form except the two that grow
/// with the criteria tree: the score sheet (5 values a criterion) and the criteria-set editor (4 a criterion), which
/// take up to <see cref="MaxCriteria"/> criteria. Each of those forms carries its limit in
/// <c>data-form-value-limit</c> so the page warns before a post that would be refused (wwwroot/js/form-limit.js).
/// </summary>
public static class FormLimits
{
    /// <summary>The framework's own limit, for every other form.</summary>
    public const int DefaultValueCount = 1024;

    /// <summary>The largest criteria tree the two big forms accept in one post (real sets have 100–250 rows).</summary>
    public const int MaxCriteria = 2_000;

    /// <summary>Room for the fields around the table (decision details, concurrency stamp, antiforgery token).</summary>
    private const int Headroom = 100;

    public const int ScoreSheetValueCount = (MaxCriteria * 5) + Headroom;

    public const int CriteriaSetValueCount = (MaxCriteria * 4) + Headroom;

    /// <summary>
    /// Model binding's cap on a bound list (framework default 1,024), raised so that no form within its value limit
    /// can fail in binding instead: a post of only "Rows[i].NodeId" values would otherwise be a 500.
    /// </summary>
    public const int MaxBoundCollection = ScoreSheetValueCount;
}

/// <summary>
/// Reads a posted form before antiforgery does (order 960: after <c>[RequestFormLimits]</c>, 900, and the upload
/// guard, 950; before antiforgery, 1000) so that a form with more values than its page accepts — or a body larger
/// than the server accepts — is answered with a Vietnamese page (413) that says what happened and that nothing was
/// saved, instead of antiforgery's empty 400. The parsed form is kept; antiforgery and model binding reuse it.
/// A read that fails for another reason (the client went away) is left to the pipeline as before.
/// </summary>
public sealed partial class FormTooLargeGuard(ILogger<FormTooLargeGuard> logger) : IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string ViewPath = "/Pages/Shared/FormTooLarge.cshtml";

    /// <summary>Registration order: MVC sorts global type filters by the order given when they are added.</summary>
    public const int FilterOrder = 960;

    public int Order => FilterOrder;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            Refuse(context, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context, ex.Message);
        }
        catch (IOException)
        {
            // Left to antiforgery, which answers 400 as it always did.
        }
    }

    private void Refuse(AuthorizationFilterContext context, string reason)
    {
        var request = context.HttpContext.Request;
        var limit = context.ActionDescriptor.EndpointMetadata.OfType<RequestFormLimitsAttribute>().LastOrDefault()?.ValueCountLimit
            ?? FormLimits.DefaultValueCount;
        LogRefused(logger, request.Path.Value ?? "/", limit, reason);
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        context.Result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary<FormTooLargeView>(metadata, new ModelStateDictionary())
            {
                Model = new FormTooLargeView(BackTo(request), limit),
            },
        };
    }

    /// <summary>The page that was posted to, as a local path (never "//host").</summary>
    private static string BackTo(HttpRequest request)
    {
        var path = $"{request.PathBase}{request.Path}";
        return path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A form posted to {Path} was refused as too large (value limit {Limit}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, int limit, string reason);
}

/// <summary>What the "form too large" page shows: the page to go back to and the limit that applied.</summary>
public sealed record FormTooLargeView(string BackTo, int ValueLimit);
