using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Features;

/// <summary>
/// The one way a page answers a command's outcome: 404 and 403 as they are, errors into the model state under their
/// field keys with 422, a stale form with 409, and on success the page's own next step (usually a redirect).
/// </summary>
public static class CommandResultPageExtensions
{
    /// <summary>
    /// Done → <paramref name="onDone"/>; NotFound → 404; Forbidden → 403; Invalid/Stale → the errors added to the
    /// model state and <paramref name="redisplay"/> (which reloads what the page shows and returns Page()).
    /// </summary>
    public static async Task<IActionResult> AnswerAsync(
        this PageModel page, CommandResult result, Func<IActionResult> onDone, Func<Task<IActionResult>> redisplay)
    {
        switch (result.Status)
        {
            case CommandStatus.Done:
                return onDone();
            case CommandStatus.NotFound:
                return page.NotFound();
            case CommandStatus.Forbidden:
                return page.Forbid();
        }

        foreach (var error in result.Errors)
        {
            page.ModelState.AddModelError(error.Field, error.Message);
        }

        var response = await redisplay();
        if (response is PageResult)
        {
            page.Response.StatusCode = result.Status == CommandStatus.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        return response;
    }
}
