using CcHc.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages;

/// <summary>
/// The page every empty error response is re-executed to (UseStatusCodePagesWithReExecute): a Vietnamese
/// explanation in the site's layout. A 404 reads the same whether the address never existed, was removed, or
/// belongs to another commune, so it tells nothing about which. Any method may re-execute it, so it has no handler:
/// it is described when the page runs.
/// </summary>
[IgnoreAntiforgeryToken]
[AnyMethod]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var requested = RouteData.Values["code"] is { } value && int.TryParse(value.ToString(), out var parsed) ? parsed : 404;
        var reExecuted = StatusCodeReExecution.OriginalPath(HttpContext) is not null;
        Code = reExecuted ? Response.StatusCode : requested is >= 400 and <= 599 ? requested : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        (Title, Explanation) = Describe(Code);
    }

    public static (string Title, string Explanation) Describe(int code) => code switch
    {
        StatusCodes.Status404NotFound => ("Không tìm thấy trang",
            "Địa chỉ này không có trang nào, hoặc trang đã bị chuyển đi, hoặc bạn không có quyền xem nó. Hãy kiểm tra lại địa chỉ, hoặc đi từ trang chủ."),
        StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ",
            "Máy chủ không đọc được yêu cầu này (ví dụ biểu mẫu đã mở quá lâu). Hãy tải lại trang rồi thử lại."),
        StatusCodes.Status403Forbidden => ("Không có quyền",
            "Trang hoặc thao tác này dành cho vai trò khác. Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ quản trị viên."),
        StatusCodes.Status405MethodNotAllowed => ("Thao tác không được hỗ trợ",
            "Trang này không nhận thao tác vừa gửi. Hãy mở lại trang từ trình đơn rồi thử lại."),
        StatusCodes.Status408RequestTimeout => ("Hết thời gian chờ",
            "Yêu cầu đến máy chủ quá chậm. Hãy kiểm tra kết nối mạng rồi thử lại."),
        StatusCodes.Status413PayloadTooLarge => ("Dữ liệu gửi lên quá lớn",
            "Tệp hoặc biểu mẫu vượt quá giới hạn máy chủ nhận. Hãy gửi tệp nhỏ hơn hoặc chia nhỏ nội dung."),
        StatusCodes.Status429TooManyRequests => ("Quá nhiều yêu cầu",
            "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng chờ một phút rồi thử lại."),
        >= 500 => ("Đã có lỗi xảy ra",
            "Yêu cầu của bạn chưa được xử lý. Vui lòng thử lại; nếu lỗi còn, báo cho quản trị viên."),
        _ => ("Không thực hiện được yêu cầu",
            "Máy chủ không thực hiện được yêu cầu này. Hãy quay về trang chủ rồi thử lại."),
    };
}
