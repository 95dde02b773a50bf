""" Contains all the data models used in inputs/outputs """

from .api_key_create import ApiKeyCreate
from .api_key_issued import ApiKeyIssued
from .api_key_read import ApiKeyRead
from .appraisal import Appraisal
from .appraisal_create import AppraisalCreate
from .attribute import Attribute
from .attribute_value import AttributeValue
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_detail import AuditEntryReadDetail
from .audit_page import AuditPage
from .audit_verdict import AuditVerdict
from .category import Category
from .channel import Channel
from .complainant_in import ComplainantIn
from .complainant_read import ComplainantRead
from .complaint_create import ComplaintCreate
from .complaint_entry import ComplaintEntry
from .complaint_read import ComplaintRead
from .complaint_receipt import ComplaintReceipt
from .complaint_summary import ComplaintSummary
from .create_request_data_request_form import CreateRequestDataRequestForm
from .create_request_format import CreateRequestFormat
from .create_request_json_request_form import CreateRequestJsonRequestForm
from .deadline_run import DeadlineRun
from .define_service_format import DefineServiceFormat
from .discover_format import DiscoverFormat
from .discovery import Discovery
from .endpoint import Endpoint
from .endpoint_type import EndpointType
from .error import Error
from .evidence_read import EvidenceRead
from .field_error import FieldError
from .forwarding import Forwarding
from .handling_result import HandlingResult
from .healthz_response_healthz import HealthzResponseHealthz
from .identity_read_record import IdentityReadRecord
from .list_services_format import ListServicesFormat
from .message_create import MessageCreate
from .message_read import MessageRead
from .open_311_status import Open311Status
from .outcome import Outcome
from .page_complaint_summary import PageComplaintSummary
from .problem import Problem
from .public_status import PublicStatus
from .quarter_statistics import QuarterStatistics
from .quarter_statistics_by import QuarterStatisticsBy
from .quarter_statistics_by_additional_property import QuarterStatisticsByAdditionalProperty
from .read_request_format import ReadRequestFormat
from .read_requests_format import ReadRequestsFormat
from .read_token_format import ReadTokenFormat
from .reassignment import Reassignment
from .request_created import RequestCreated
from .service import Service
from .service_definition import ServiceDefinition
from .service_request import ServiceRequest
from .status import Status
from .step_kind import StepKind
from .step_read import StepRead
from .token_request import TokenRequest

__all__ = (
    "ApiKeyCreate",
    "ApiKeyIssued",
    "ApiKeyRead",
    "Appraisal",
    "AppraisalCreate",
    "Attribute",
    "AttributeValue",
    "AuditEntryRead",
    "AuditEntryReadDetail",
    "AuditPage",
    "AuditVerdict",
    "Category",
    "Channel",
    "ComplainantIn",
    "ComplainantRead",
    "ComplaintCreate",
    "ComplaintEntry",
    "ComplaintRead",
    "ComplaintReceipt",
    "ComplaintSummary",
    "CreateRequestDataRequestForm",
    "CreateRequestFormat",
    "CreateRequestJsonRequestForm",
    "DeadlineRun",
    "DefineServiceFormat",
    "DiscoverFormat",
    "Discovery",
    "Endpoint",
    "EndpointType",
    "Error",
    "EvidenceRead",
    "FieldError",
    "Forwarding",
    "HandlingResult",
    "HealthzResponseHealthz",
    "IdentityReadRecord",
    "ListServicesFormat",
    "MessageCreate",
    "MessageRead",
    "Open311Status",
    "Outcome",
    "PageComplaintSummary",
    "Problem",
    "PublicStatus",
    "QuarterStatistics",
    "QuarterStatisticsBy",
    "QuarterStatisticsByAdditionalProperty",
    "ReadRequestFormat",
    "ReadRequestsFormat",
    "ReadTokenFormat",
    "Reassignment",
    "RequestCreated",
    "Service",
    "ServiceDefinition",
    "ServiceRequest",
    "Status",
    "StepKind",
    "StepRead",
    "TokenRequest",
)
