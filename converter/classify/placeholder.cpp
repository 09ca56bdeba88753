// Placeholder so the stage library exists until its code lands.
namespace banmian::classify {}
