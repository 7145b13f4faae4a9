using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Common;

public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> EntityNames = new(StringComparer.Ordinal)
    {
        ["Account"] = "Tài khoản",
        ["ApplicationUser"] = "Tài khoản",
        ["UserPosition"] = "Chức danh của tài khoản",
        ["PositionGroupMember"] = "Thành viên nhóm",
        ["Commune"] = "Xã",
        ["OversightOffice"] = "Cơ quan Nội vụ",
        ["Province"] = "Tỉnh",
        ["CommunePredecessor"] = "Đơn vị tiền thân",
        ["UnitChange"] = "Thay đổi đơn vị hành chính",
        ["Position"] = "Chức danh",
        ["CriteriaSet"] = "Bộ tiêu chí",
        ["CriterionNode"] = "Tiêu chí",
        ["Assessment"] = "Kết quả chấm điểm",
        ["CriterionScore"] = "Điểm tiêu chí",
        ["RemediationPlan"] = "Kế hoạch",
        ["RemediationItem"] = "Nội dung khắc phục",
        ["PlanTask"] = "Nhiệm vụ",
        ["PlanTransition"] = "Bước xử lý",
        ["PlanComment"] = "Góp ý",
        ["TaskNote"] = "Ghi nhận tiến độ",
        ["EvidenceFile"] = "Tệp minh chứng",
        ["EvidenceWithdrawal"] = "Rút tệp minh chứng",
        ["ResultsReport"] = "Báo cáo kết quả",
        ["ProgressReport"] = "Báo cáo định kỳ",
        ["SubmissionDueDate"] = "Hạn nộp kế hoạch",
        ["RevisionRequest"] = "Yêu cầu sửa đổi",
        ["SignedCopy"] = "Bản ký số",
        ["IssuedFile"] = "Bản lưu cố định",
        ["Rank"] = "Xếp hạng",
        ["SourceDecision"] = "Quyết định công bố kết quả",
        ["ClassificationBand"] = "Mức xếp loại",
    };

    /// <summary>Labels shared by every entity that has such a property.</summary>
    private static readonly Dictionary<string, string> Shared = new(StringComparer.Ordinal)
    {
        ["Name"] = "Tên",
        ["Title"] = "Tên",
        ["Order"] = "Thứ tự",
        ["Year"] = "Năm",
        ["Province"] = "Tỉnh",
        ["District"] = "Huyện",
        ["PlaceName"] = "Địa danh",
        ["Kind"] = "Loại",
        ["Status"] = "Trạng thái",
        ["Text"] = "Nội dung",
        ["Note"] = "Ghi chú",
        ["Reason"] = "Lý do",
        ["Comment"] = "Ý kiến",
        ["Code"] = "Mã",
        ["Deadline.Wording"] = "Thời gian thực hiện",
        ["IsSample"] = "Dữ liệu mẫu",
        ["Progress"] = "Trạng thái thực hiện",
        ["Description"] = "Nội dung",
        ["At"] = "Thời điểm",
        ["AuthorName"] = "Người góp ý",
        ["AuthorId"] = "Người góp ý",
        ["FileName"] = "Tên tệp",
        ["Sha256"] = "Mã băm SHA-256",
        ["Size"] = "Dung lượng (byte)",
        ["SizeBytes"] = "Dung lượng (byte)",
        ["ContentType"] = "Định dạng",
        ["Type"] = "Định dạng",
        ["UploadedAt"] = "Thời điểm tải lên",
        ["UploadedBy"] = "Người tải lên",
        ["UploadedByName"] = "Người tải lên",
        ["UploadedById"] = "Người tải lên",
        ["RecordedAt"] = "Thời điểm ghi nhận",
        ["RecordedBy"] = "Người ghi nhận",
        ["EffectiveDate"] = "Ngày hiệu lực",
        ["OfficialCode"] = "Mã đơn vị hành chính",
        ["ChairmanName"] = "Chủ tịch",
        ["IssuingBodyName"] = "Cơ quan ban hành",
        ["IndexKind"] = "Chỉ số",
        ["Email"] = "Thư điện tử",
        ["UserName"] = "Tên đăng nhập",
        ["FullName"] = "Họ và tên",
        ["PhoneNumber"] = "Số điện thoại",
        ["DocumentNumber"] = "Số văn bản",
        ["IssueDate"] = "Ngày ban hành",
        ["DocumentSymbol"] = "Ký hiệu văn bản",
        ["Summary"] = "Trích yếu",
        ["Classification"] = "Xếp loại",
        ["StatedTotal"] = "Tổng điểm (theo văn bản)",
        ["Of"] = "Trên tổng số",
        ["Position"] = "Thứ hạng",
        ["Date"] = "Ngày",
        ["IssuingBody"] = "Cơ quan ban hành",
        ["Number"] = "Số",
        ["ProvinceCode"] = "Mã tỉnh",
        ["ValidFrom"] = "Hiệu lực từ",
        ["ValidUntil"] = "Hiệu lực đến",
        ["NeedsReview"] = "Cần xem lại",
        ["Partial"] = "Một phần",
        ["PredecessorCommuneId"] = "Đơn vị tiền thân",
        ["FormedFrom"] = "Hình thành từ",
        ["DueDate"] = "Hạn",
        ["NewValue"] = "Giá trị mới",
        ["OldValue"] = "Giá trị cũ",
        ["Label"] = "Tên mức",
        ["MinPercent"] = "Tỷ lệ điểm tối thiểu (%)",
        ["Coverage"] = "Phạm vi tiêu chí",
        ["AnsweredAt"] = "Thời điểm trả lời",
        ["AnsweredByName"] = "Người trả lời",
        ["AnsweredByPlanId"] = "Phiên bản trả lời",
        ["AnsweredByVersion"] = "Phiên bản trả lời",
        ["PlanVersion"] = "Phiên bản",
        ["RequestedAt"] = "Thời điểm yêu cầu",
        ["RequestedById"] = "Người yêu cầu",
        ["RequestedByName"] = "Người yêu cầu",
        ["CreatedAt"] = "Thời điểm tạo",
        ["IssuedAt"] = "Thời điểm ban hành",
        ["IssuedById"] = "Người ban hành",
        ["Proposals"] = "Kiến nghị",
        ["SignerName"] = "Người ký",
        ["Length"] = "Dung lượng (byte)",
        ["ById"] = "Người thực hiện",
        ["ByName"] = "Người thực hiện",
        ["Role"] = "Vai trò",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Entities = new(StringComparer.Ordinal)
    {
        ["RemediationPlan"] = new(StringComparer.Ordinal)
        {
            ["FurtherAssessmentIds"] = "Kết quả đánh giá khác làm căn cứ",
            ["Kind"] = "Loại kế hoạch",
            ["Form"] = "Hình thức văn bản",
            ["Year"] = "Năm thực hiện",
            ["ToYear"] = "Đến năm",
            ["Indices"] = "Chỉ số",
            ["VersionNumber"] = "Phiên bản",
            ["PreviousVersionId"] = "Phiên bản trước",
            ["ReturnComment"] = "Ý kiến khi trả lại",
            ["LegalBases"] = "Căn cứ",
            ["Preamble"] = "Lời mở đầu",
            ["Purpose"] = "Mục đích",
            ["Requirements"] = "Yêu cầu",
            ["ResultsIntro"] = "Đánh giá kết quả",
            ["Organisation"] = "Tổ chức thực hiện",
            ["Closing"] = "Kết thúc",
            ["Recipients"] = "Nơi nhận",
            ["Addressees"] = "Kính gửi",
            ["ReplacesWording"] = "Thay thế kế hoạch",
            ["AppendixCaption"] = "Tiêu đề phụ lục",
            ["SignerAuthority"] = "Thẩm quyền ký",
            ["SignerTitle"] = "Chức vụ người ký",
            ["SignerName"] = "Người ký",
            ["Layout"] = "Bố cục",
        },
        ["RemediationItem"] = new(StringComparer.Ordinal)
        {
            ["Heading"] = "Tiêu đề",
            ["Index"] = "Chỉ số",
            ["GroupHeading"] = "Nhóm",
            ["FieldId"] = "Lĩnh vực",
            ["CriterionIds"] = "Tiêu chí bị trừ điểm",
            ["Cause"] = "Nguyên nhân",
            ["LeadPositionId"] = "Chủ trì",
            ["LeadPositionIds"] = "Chủ trì",
            ["CoLeadPositionIds"] = "Cùng chủ trì",
            ["SupportPositionIds"] = "Phối hợp",
            ["PersonIds"] = "Giao trực tiếp cho",
            ["DeductionWording"] = "Điểm bị trừ (theo văn bản)",
            ["LeadWording"] = "Chủ trì (theo văn bản)",
            ["SupportWording"] = "Phối hợp (theo văn bản)",
            ["Deadline"] = "Thời gian thực hiện",
            ["NotRemediable"] = "Không thể tự khắc phục",
            ["NotRemediableReason"] = "Lý do không thể tự khắc phục",
            ["CarriedFrom"] = "Chuyển từ",
        },
        ["PlanTask"] = new(StringComparer.Ordinal)
        {
            ["Description"] = "Nhiệm vụ",
        },
        ["PlanTransition"] = new(StringComparer.Ordinal)
        {
            ["From"] = "Từ trạng thái",
            ["To"] = "Sang trạng thái",
            ["Action"] = "Thao tác",
            ["ActorName"] = "Người thực hiện",
        },
        ["PlanComment"] = new(StringComparer.Ordinal)
        {
            ["Text"] = "Góp ý",
        },
        ["Position"] = new(StringComparer.Ordinal)
        {
            ["Title"] = "Chức danh",
            ["ContactPositionId"] = "Đầu mối liên hệ",
        },
        ["UserPosition"] = new(StringComparer.Ordinal)
        {
            ["UserId"] = "Tài khoản",
            ["PositionId"] = "Chức danh",
        },
        ["CriterionScore"] = new(StringComparer.Ordinal)
        {
            ["CriterionId"] = "Tiêu chí",
            ["AppraisedScore"] = "Điểm thẩm định",
            ["SelfAssessedScore"] = "Điểm tự chấm",
            ["StatedDeduction"] = "Điểm bị trừ (theo văn bản)",
            ["Reason"] = "Lý do trừ điểm",
        },
        ["ApplicationUser"] = new(StringComparer.Ordinal)
        {
            ["DisplayName"] = "Họ và tên",
            ["IsDisabled"] = "Đã khóa",
            ["MustChangePassword"] = "Phải đổi mật khẩu",
            ["EmailOff"] = "Tắt thư điện tử",
            ["DailyDigest"] = "Thư tổng hợp hằng ngày",
        },
        ["PositionGroupMember"] = new(StringComparer.Ordinal)
        {
            ["GroupPositionId"] = "Nhóm",
            ["MemberPositionId"] = "Thành viên",
        },
        ["ProgressReport"] = new(StringComparer.Ordinal)
        {
            ["Summary"] = "Đánh giá chung",
            ["NextFocus"] = "Nhiệm vụ trọng tâm kỳ tới",
            ["Proposals"] = "Kiến nghị, đề xuất",
            ["PeriodKind"] = "Loại kỳ báo cáo",
            ["PeriodYear"] = "Năm của kỳ báo cáo",
            ["PeriodIndex"] = "Kỳ số",
        },
        ["CriterionNode"] = new(StringComparer.Ordinal)
        {
            ["Level"] = "Cấp",
            ["MaxScore"] = "Điểm tối đa",
        },
    };

    /// <summary>Per entity, the properties never shown beside <see cref="HiddenEverywhere"/>.</summary>
    private static readonly Dictionary<string, HashSet<string>> Hidden = new(StringComparer.Ordinal)
    {
        ["PlanTransition"] = new(StringComparer.Ordinal) { "ActorId" },
        ["RemediationItem"] = new(StringComparer.Ordinal) { "Order" },
        ["PlanTask"] = new(StringComparer.Ordinal) { "Order" },
        ["EvidenceFile"] = new(StringComparer.Ordinal) { "NoteId", "StorageKey" },
        ["EvidenceWithdrawal"] = new(StringComparer.Ordinal) { "EvidenceFileId" },
    };

    /// <summary>An enum value in Vietnamese, or null when the catalogue has none (the test lists those).</summary>
    public static string? EnumLabel(Enum value) => value switch
    {
        PlanStatus s => PlanWorkflow.StatusLabel(s),
        PlanAction a => Capitalised(PlanWorkflow.ActionLabel(a)),
        PlanKind k => PlanKinds.Label(k),
        DocumentForm f => PlanKinds.Label(f),
        IndexKind i => PlanKinds.ShortName(i),
        TaskProgress p => Tracking.TaskSchedule.Label(p),
        CommuneKind k => CommuneKinds.Label(k),
        CommuneGroup g => CommuneGroups.Label(g),
        UnitChangeKind k => UnitChange.Label(k),
        PlanLayout l => l switch
        {
            PlanLayout.Sections => "Theo mục",
            PlanLayout.Appendix => "Phụ lục",
            PlanLayout.Grouped => "Theo nhóm lĩnh vực",
            _ => null,
        },
        DeadlineKind k => k switch
        {
            DeadlineKind.ExactDate => "Ngày cụ thể",
            DeadlineKind.BeforeDate => "Trước ngày",
            DeadlineKind.Quarter => "Quý",
            DeadlineKind.BeforeQuarter => "Trước quý",
            DeadlineKind.Month => "Tháng",
            DeadlineKind.Year => "Năm",
            DeadlineKind.Recurring => "Định kỳ",
            _ => null,
        },
        Recurrence r => r switch
        {
            Recurrence.None => "Không định kỳ",
            Recurrence.Monthly => "Hằng tháng",
            Recurrence.Quarterly => "Hằng quý",
            Recurrence.ReportingPeriod => "Theo kỳ báo cáo",
            Recurrence.Continuous => "Thường xuyên",
            _ => null,
        },
        PositionKind k => k switch
        {
            PositionKind.Official => "Chức danh",
            PositionKind.Organisation => "Cơ quan, tổ chức",
            PositionKind.Group => "Nhóm",
            _ => null,
        },
        PeriodKind k => ReportingPeriod.KindLabel(k),
        ReportStatus s => s switch
        {
            ReportStatus.Draft => "Dự thảo",
            ReportStatus.Issued => "Đã ban hành",
            _ => null,
        },
        CriteriaCoverage c => c switch
        {
            CriteriaCoverage.Complete => "Đầy đủ",
            CriteriaCoverage.DeductedOnly => "Chỉ tiêu chí bị trừ điểm",
            _ => null,
        },
        CommuneScoring c => c switch
        {
            CommuneScoring.EveryCommune => "Mọi xã",
            CommuneScoring.SomeProvinces => "Một số tỉnh",
            CommuneScoring.ProvinceOnly => "Chỉ cấp tỉnh",
            _ => null,
        },
        SignatureTrust t => t switch
        {
            SignatureTrust.Valid => "Hợp lệ",
            SignatureTrust.Undetermined => "Chưa xác định",
            SignatureTrust.Invalid => "Không hợp lệ",
            _ => null,
        },

        TaskRole r => r switch
        {
            TaskRole.Lead => "Chủ trì",
            TaskRole.Support => "Phối hợp",
            _ => null,
        },

        // A file's format reads as its own name ("PDF", "DOCX"), whatever formats are added.
        EvidenceType t => t.ToString().ToUpperInvariant(),
        _ => null,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
