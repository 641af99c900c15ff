"""SQLAlchemy 2.0 typed models, one file per aggregate."""

from inbox.models.audit import AuditEvent
from inbox.models.base import Base, db, utcnow
from inbox.models.channel import AccountHealth, ChannelAccount, ChannelKind
from inbox.models.contact import Contact, ContactIdentity
from inbox.models.conversation import Conversation, ConversationStatus, Note
from inbox.models.message import Direction, Message, TriageResult, TriageState
from inbox.models.office import Membership, Office, Role, User
from inbox.models.reply import OutgoingReply, ReplyState
from inbox.models.triage import Campaign, MessageEmbedding, OfficeModel, TagCorrection, Topic

__all__ = [
    "AccountHealth",
    "AuditEvent",
    "Base",
    "Campaign",
    "ChannelAccount",
    "ChannelKind",
    "Contact",
    "ContactIdentity",
    "Conversation",
    "ConversationStatus",
    "Direction",
    "Membership",
    "Message",
    "MessageEmbedding",
    "Note",
    "Office",
    "OfficeModel",
    "OutgoingReply",
    "ReplyState",
    "Role",
    "TagCorrection",
    "Topic",
    "TriageResult",
    "TriageState",
    "User",
    "db",
    "utcnow",
]
