""" Contains all the data models used in inputs/outputs """

from .acknowledgement import Acknowledgement
from .attempt_read import AttemptRead
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_detail import AuditEntryReadDetail
from .audit_page import AuditPage
from .audit_verdict import AuditVerdict
from .condition_in import ConditionIn
from .copy_rule_create import CopyRuleCreate
from .copy_rule_read import CopyRuleRead
from .copy_rule_switch import CopyRuleSwitch
from .delivery_read import DeliveryRead
from .field_error import FieldError
from .flow_event import FlowEvent
from .flow_snapshot import FlowSnapshot
from .group_lag import GroupLag
from .healthz_response_healthz import HealthzResponseHealthz
from .inbox_item_read import InboxItemRead
from .inbox_item_read_data import InboxItemReadData
from .page_inbox_item_read import PageInboxItemRead
from .problem import Problem
from .subscription_create import SubscriptionCreate
from .subscription_created import SubscriptionCreated
from .subscription_read import SubscriptionRead
from .timer_run import TimerRun
from .topic_size import TopicSize
from .unread_count import UnreadCount
from .waiting_event import WaitingEvent

__all__ = (
    "Acknowledgement",
    "AttemptRead",
    "AuditEntryRead",
    "AuditEntryReadDetail",
    "AuditPage",
    "AuditVerdict",
    "ConditionIn",
    "CopyRuleCreate",
    "CopyRuleRead",
    "CopyRuleSwitch",
    "DeliveryRead",
    "FieldError",
    "FlowEvent",
    "FlowSnapshot",
    "GroupLag",
    "HealthzResponseHealthz",
    "InboxItemRead",
    "InboxItemReadData",
    "PageInboxItemRead",
    "Problem",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionRead",
    "TimerRun",
    "TopicSize",
    "UnreadCount",
    "WaitingEvent",
)
