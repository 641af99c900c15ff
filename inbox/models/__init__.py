"""SQLAlchemy 2.0 typed models, one file per aggregate."""

from inbox.models.account import OfficeInvitation, PasswordReset
from inbox.models.answers import AnswerFeedback, AnswerIndexState, AnswerPair, AnswerReuse
from inbox.models.audit import AuditEvent
from inbox.models.base import Base, db, utcnow
from inbox.models.canned import CannedReply
from inbox.models.channel import AccountHealth, ChannelAccount, ChannelKind
from inbox.models.contact import Contact, ContactIdentity
from inbox.models.contact_form import ContactFormSettings, FormPost
from inbox.models.contact_links import HandleMention, IdentitySplit, MergeSuggestion, SuggestionStatus
from inbox.models.conversation import Conversation, ConversationStatus, Note
from inbox.models.digest import DeliveryState, DigestDelivery, DigestSettings
from inbox.models.email import EmailAttachment
from inbox.models.message import UNCERTAIN_TOPIC, Direction, Message, TriageResult, TriageState, counted_topic
from inbox.models.office import Membership, Office, Role, User
from inbox.models.privacy import ErasedCount, ErasureLedger, RetentionRun
from inbox.models.reading import ConversationRead
from inbox.models.reply import OutgoingReply, ReplyState
from inbox.models.safety import HideSuggestionDismissal, ThreatEscalation
from inbox.models.security import LoginAttempt
from inbox.models.triage import Campaign, MessageEmbedding, OfficeModel, TagCorrection, Topic
from inbox.models.usage import ChannelUsage
from inbox.models.user_session import UserSession

__all__ = [
    "UNCERTAIN_TOPIC",
    "AccountHealth",
    "AnswerFeedback",
    "AnswerIndexState",
    "AnswerPair",
    "AnswerReuse",
    "AuditEvent",
    "Base",
    "Campaign",
    "CannedReply",
    "ChannelAccount",
    "ChannelKind",
    "ChannelUsage",
    "Contact",
    "ContactFormSettings",
    "ContactIdentity",
    "Conversation",
    "ConversationRead",
    "ConversationStatus",
    "DeliveryState",
    "DigestDelivery",
    "DigestSettings",
    "Direction",
    "EmailAttachment",
    "ErasedCount",
    "ErasureLedger",
    "FormPost",
    "HandleMention",
    "HideSuggestionDismissal",
    "IdentitySplit",
    "LoginAttempt",
    "Membership",
    "MergeSuggestion",
    "Message",
    "MessageEmbedding",
    "Note",
    "Office",
    "OfficeInvitation",
    "OfficeModel",
    "OutgoingReply",
    "PasswordReset",
    "ReplyState",
    "RetentionRun",
    "Role",
    "SuggestionStatus",
    "TagCorrection",
    "ThreatEscalation",
    "Topic",
    "TriageResult",
    "TriageState",
    "User",
    "UserSession",
    "counted_topic",
    "db",
    "utcnow",
]
