using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CcHc.Web.Hosting;

/// <summary>
/// The app answers GET, HEAD and POST only. TRACE, TRACK, PUT, DELETE, OPTIONS… get 405 with an Allow header before
/// any page runs (a page would otherwise render without its handler and fail).
/// </summary>
public sealed class UnsupportedMethodMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("405 — Phương thức không được hỗ trợ.", context.RequestAborted);
    }
}

/// <summary>
/// A POST (or a ?handler= name) that no handler of the page answers gets 405, instead of rendering the page without
/// its data. The status page (re-executed with the original method) is exempt.
/// </summary>
public sealed class UnsupportedHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null
            && !HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !HttpMethods.IsHead(context.HttpContext.Request.Method)
            && context.ActionDescriptor.EndpointMetadata.OfType<AnyMethodAttribute>().Any() == false)
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

/// <summary>A page that answers whatever method re-executes it (the status page).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnyMethodAttribute : Attribute;

/// <summary>
/// A client that goes away (closed tab, dropped connection, cancelled download) is not a server error: the
/// cancellation or connection exception is logged as information and the request ends with 499 (client closed
/// request), without a stack trace and without the error page.
/// </summary>
public sealed class ClientAbortMiddleware(RequestDelegate next, ILogger<ClientAbortMiddleware> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsClientAbort(ex, context))
        {
            logger.LogInformation("The client closed the connection during {Method} {Path} ({Reason}).",
                context.Request.Method, context.Request.Path.Value, ex.GetType().Name);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                if (ex is Microsoft.AspNetCore.Http.BadHttpRequestException bad && !context.RequestAborted.IsCancellationRequested)
                {
                    context.Response.StatusCode = bad.StatusCode;   // still listening: the status page explains it
                }
                else
                {
                    context.Response.StatusCode = ClientClosedRequest;
                    if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                    {
                        pages.Enabled = false;   // nobody is left to read a page
                    }
                }
            }
        }
    }

    public static bool IsClientAbort(Exception ex, HttpContext context) => ex switch
    {
        OperationCanceledException => context.RequestAborted.IsCancellationRequested,
        ConnectionResetException or ConnectionAbortedException => true,
        Microsoft.AspNetCore.Http.BadHttpRequestException => true,
        IOException => context.RequestAborted.IsCancellationRequested,
        _ => ex.InnerException is { } inner && IsClientAbort(inner, context),
    };
}

/// <summary>Helpers for the status page: what the original request was.</summary>
public static class StatusCodeReExecution
{
    public static string? OriginalPath(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
}
