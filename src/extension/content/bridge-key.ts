/**
 * The key script: at document_start in the isolated world of the top frame, before any page
 * script, it makes the secrets the content script and the MAIN-world editor bridge share and hands
 * them to the bridge (../bridge/handshake.ts). The content script, at document_idle, finds them on
 * this world's global.
 */
import { offerBridgeKeys } from '../bridge/handshake.js';

offerBridgeKeys(window);
