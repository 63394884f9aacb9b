/**
 * JSON for the SAKIP model: {@link id.sakip.json.SakipJson} reads and writes {@code sakip-lkj/1}
 * documents and every model type, exactly, strictly and within {@link id.sakip.json.InputLimits};
 * {@link id.sakip.json.SakipModule} plugs the same binding into any Jackson {@code ObjectMapper}.
 * Jackson annotations never appear in {@code sakip-core}: every binding lives here.
 */
package id.sakip.json;
